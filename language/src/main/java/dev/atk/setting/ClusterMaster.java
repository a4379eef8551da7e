package dev.atk.setting;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a plan's attack tasks run when they leave this process, as a user writes it: Spark's master URLs. The same
 * text is accepted by {@code set cluster}, {@code --cluster} and the embedding API, so one parser serves all three and
 * a typo is caught when the script is checked, not when a cluster fails to start.
 *
 * @param text the master URL as Spark takes it
 * @param kind in-process threads ({@code local[N]}), separate executor JVMs on this machine ({@code
 *     local-cluster[W,C,M]}), or a standalone cluster ({@code spark://host:port})
 * @param executors executor JVMs: W of local-cluster; 1 for local (Spark runs its tasks in the driver); 0 when the
 *     cluster decides (standalone)
 */
public record ClusterMaster(String text, Kind kind, int executors) {

    public enum Kind { LOCAL, LOCAL_CLUSTER, STANDALONE }

    /** The accepted forms, as error messages and help list them. */
    public static final List<String> FORMS =
            List.of("local[N]", "local[*]", "local-cluster[W,C,M]", "spark://host:port");

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]{0,3})])?");
    private static final Pattern LOCAL_CLUSTER =
            Pattern.compile("local-cluster\\[\\s*([1-9][0-9]{0,2})\\s*,\\s*([1-9][0-9]{0,2})\\s*,\\s*([1-9][0-9]{1,6})\\s*]");
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-]+:[1-9][0-9]{0,4}");

    /** The master {@code text} names, or empty when it is none of {@link #FORMS}. */
    public static Optional<ClusterMaster> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (LOCAL.matcher(t).matches()) {
            return Optional.of(new ClusterMaster(t, Kind.LOCAL, 1));
        }
        Matcher m = LOCAL_CLUSTER.matcher(t);
        if (m.matches()) {
            return Optional.of(new ClusterMaster("local-cluster[" + m.group(1) + "," + m.group(2) + "," + m.group(3) + "]",
                    Kind.LOCAL_CLUSTER, Integer.parseInt(m.group(1))));
        }
        if (t.startsWith("spark://")) {
            String[] hosts = t.substring("spark://".length()).split(",", -1);
            for (String h : hosts) {
                if (!HOST_PORT.matcher(h).matches() || Integer.parseInt(h.substring(h.lastIndexOf(':') + 1)) > 65535) {
                    return Optional.empty();
                }
            }
            return Optional.of(new ClusterMaster(t, Kind.STANDALONE, 0));
        }
        return Optional.empty();
    }

    /** Executor cores and memory (MB) of a local-cluster master; null for the other kinds. */
    public int[] localClusterShape() {
        Matcher m = LOCAL_CLUSTER.matcher(text);
        return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))} : null;
    }

    @Override
    public String toString() {
        return text;
    }
}
