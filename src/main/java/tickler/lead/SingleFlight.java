package tickler.lead;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A value derived from data that changes, recomputed by one thread at a time. While one thread
 * recomputes, the others get the last good value; only when there is none yet do they wait.
 * So a slow recomputation never runs several times at once, and readers are never held up by one.
 */
final class SingleFlight<T> {

    private final ReentrantLock computing = new ReentrantLock();
    private volatile T last;

    /** The last value when still fresh; else a new one, or the last one while another thread computes. */
    T get(Predicate<T> fresh, Supplier<T> compute) {
        T value = last;
        if (value != null && fresh.test(value)) {
            return value;
        }
        if (value == null) {
            computing.lock();
        } else if (!computing.tryLock()) {
            return value;
        }
        return computeLocked(fresh, compute);
    }

    /** A fresh value, waiting for a computation under way rather than taking the last one. */
    T getFresh(Predicate<T> fresh, Supplier<T> compute) {
        T value = last;
        if (value != null && fresh.test(value)) {
            return value;
        }
        computing.lock();
        return computeLocked(fresh, compute);
    }

    private T computeLocked(Predicate<T> fresh, Supplier<T> compute) {
        try {
            T value = last;
            if (value == null || !fresh.test(value)) {
                value = compute.get();
                last = value;
            }
            return value;
        } finally {
            computing.unlock();
        }
    }
}
