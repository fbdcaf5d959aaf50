package tickler.source.takeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whatever stops an import, out of memory included, it ends FAILED with its reason and the next import can run. */
class FailedImportTest {

    /** Fails the way the heap does, at the first batch. */
    private static final class OutOfMemoryAtFirstBatch implements ImportConfig {
        @Override
        public Optional<String> onStart() {
            return Optional.empty();
        }

        @Override
        public Period recurrencePast() {
            return Period.ofYears(5);
        }

        @Override
        public Period recurrenceFuture() {
            return Period.ofYears(1);
        }

        @Override
        public int maxOccurrencesPerSeries() {
            return 1000;
        }

        @Override
        public int batchSize() {
            throw new OutOfMemoryError("Java heap space");
        }

        @Override
        public MemorySize diskReserve() {
            return new MemorySize(BigInteger.ONE);
        }
    }

    @Test
    void anOutOfMemoryErrorEndsTheImportAsFailedWithItsReason() throws IOException {
        TakeoutImport imports = new TakeoutImport(null, null, new OutOfMemoryAtFirstBatch(),
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC), null);
        Path mbox = Collected.resource("takeout.mbox");

        ImportFailedException e = assertThrows(ImportFailedException.class, () -> imports.importFile(mbox, "big.mbox"));
        assertTrue(e.serviceFault());
        ImportProgress progress = imports.progress();
        assertEquals(ImportProgress.State.FAILED, progress.state());
        assertEquals("the service ran out of memory reading the file", progress.error());
        assertEquals(Instant.parse("2026-11-26T12:00:00Z"), progress.finishedAt());

        // Not left locked: the next import runs (and fails the same way here), it does not wait forever.
        assertThrows(ImportFailedException.class, () -> imports.importFile(mbox, "again.mbox"));
        assertEquals("again.mbox", imports.progress().file());
    }
}
