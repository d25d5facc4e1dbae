package id.dkip.core.process;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The time allowed for each SOP step in working days (minimum and maximum), from configuration with the SOP's
 * values as defaults: 1-3, 1-3, 1, 1-3, 1, 1-3, in total 6-14 working days. Keys:
 * {@code dkip.workflow.step.<key>.minDays} and {@code dkip.workflow.step.<key>.maxDays}, e.g.
 * {@code dkip.workflow.step.usulan.maxDays=3}. Immutable.
 */
public final class StepDurations {

    /** The window of one step. */
    public record Window(int minDays, int maxDays) {
        public Window {
            if (minDays < 1 || maxDays < minDays) {
                throw new IllegalArgumentException("Invalid step window " + minDays + "-" + maxDays
                        + " (need 1 <= minDays <= maxDays)");
            }
        }
    }

    private final Map<SopStep, Window> windows;

    private StepDurations(Map<SopStep, Window> windows) {
        this.windows = new EnumMap<>(windows);
    }

    /** The SOP's own times. */
    public static StepDurations standard() {
        Map<SopStep, Window> m = new EnumMap<>(SopStep.class);
        for (SopStep s : SopStep.values()) {
            m.put(s, new Window(s.defaultMinDays(), s.defaultMaxDays()));
        }
        return new StepDurations(m);
    }

    /** The configured times; a missing key keeps the SOP's value, an invalid one fails with the key named. */
    public static StepDurations fromProperties(Properties props) {
        Map<SopStep, Window> m = new EnumMap<>(SopStep.class);
        for (SopStep s : SopStep.values()) {
            int min = intValue(props, "dkip.workflow.step." + s.key() + ".minDays", s.defaultMinDays());
            int max = intValue(props, "dkip.workflow.step." + s.key() + ".maxDays", s.defaultMaxDays());
            try {
                m.put(s, new Window(min, max));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dkip.workflow.step." + s.key() + ": " + e.getMessage(), e);
            }
        }
        return new StepDurations(m);
    }

    private static int intValue(Properties props, String key, int def) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of working days, not '" + v + "'", e);
        }
    }

    public Window window(SopStep step) {
        return windows.get(step);
    }

    public int minDays(SopStep step) {
        return windows.get(step).minDays();
    }

    public int maxDays(SopStep step) {
        return windows.get(step).maxDays();
    }

    /** Sum of the minimum days of all steps (6 with the SOP's values). */
    public int totalMinDays() {
        return windows.values().stream().mapToInt(Window::minDays).sum();
    }

    /** Sum of the maximum days of all steps (14 with the SOP's values). */
    public int totalMaxDays() {
        return windows.values().stream().mapToInt(Window::maxDays).sum();
    }
}
