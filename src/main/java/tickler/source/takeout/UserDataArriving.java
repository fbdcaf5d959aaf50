package tickler.source.takeout;

/**
 * Fired synchronously inside an import of the user's own file, just before its first activity is
 * stored, and only when the file held something to store: whatever it replaces (the demo) is
 * removed then, with no other import in between.
 *
 * @param name the file's name as the user gave it
 */
public record UserDataArriving(String name) {
}
