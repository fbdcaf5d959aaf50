package tickler.source.takeout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tickler.activity.Activity;

/** A sink that keeps everything, for assertions. */
final class Collected implements ActivitySink {

    static final ReadOptions OPTIONS = new ReadOptions(Instant.parse("2020-01-01T00:00:00Z"),
            Instant.parse("2030-01-01T00:00:00Z"), 1000, "takeout");

    final List<Activity> activities = new ArrayList<>();
    final Map<String, String> skipped = new LinkedHashMap<>();
    final Map<String, String> calendars = new LinkedHashMap<>();

    @Override
    public void activity(Activity activity) {
        activities.add(activity);
    }

    @Override
    public void skipped(String item, String reason) {
        skipped.put(item, reason);
    }

    @Override
    public void calendar(String name, String timeZone) {
        calendars.put(name, timeZone);
    }

    static Collected read(Path file) throws IOException {
        Collected c = new Collected();
        new TakeoutReader(OPTIONS).read(file, c, Progress.NONE);
        return c;
    }

    static Path resource(String name) {
        return Path.of("src", "test", "resources", "takeout", name);
    }

    Activity byKey(String key) {
        return activities.stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no activity " + key + " in " + activities.stream().map(Activity::key).toList()));
    }
}
