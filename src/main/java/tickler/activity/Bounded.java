package tickler.activity;

/** Text read from outside, cut to what one activity or one answer may hold. */
public final class Bounded {

    private Bounded() {
    }

    /** {@code text} when it fits in {@code max} characters, else its start and an ellipsis; never a broken surrogate pair. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
