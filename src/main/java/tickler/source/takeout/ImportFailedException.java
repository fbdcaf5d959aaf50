package tickler.source.takeout;

import java.io.IOException;
import tickler.activity.Bounded;

/** An import stopped before its end; its message says why, in words for the person who sent the file. */
public final class ImportFailedException extends IOException {

    /** True when the service, not the file, failed (memory, a bug): the file may be fine. */
    private final boolean serviceFault;

    ImportFailedException(String reason, Throwable cause) {
        super(reason, cause);
        this.serviceFault = !(cause instanceof IOException) && !(cause instanceof RuntimeException);
    }

    public boolean serviceFault() {
        return serviceFault;
    }

    static String reason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "the service ran out of memory reading the file";
        }
        if (e instanceof StackOverflowError) {
            return "the file is nested too deeply to read";
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return Bounded.cut(message, 500);
    }
}
