package tickler.source.takeout;

/** Told how far a read has come, so a long import can show it is alive. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void advanced(long bytesRead, long totalBytes) {
        }

        @Override
        public void item(String name) {
        }
    };

    /** Bytes read so far out of the total (for a zip: the uncompressed sizes of the entries read). */
    void advanced(long bytesRead, long totalBytes);

    /** A new file or zip entry starts. */
    void item(String name);
}
