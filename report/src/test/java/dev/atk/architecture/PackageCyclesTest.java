package dev.atk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's packages depend on each other in one direction only: no cycle, so each stage can be read, tested
 * and later moved to a module of its own without the others. Dependencies are read from the sources' qualified
 * references ({@code import dev.atk.x.Y} and inline {@code dev.atk.x.Y}).
 */
class PackageCyclesTest {
    /** The language, the engine and the report layer: the interpreter's three modules (this test runs in the last). */
    private static final List<Path> MAINS = List.of(Path.of("../language/src/main/java"),
            Path.of("../engine/src/main/java"), Path.of("src/main/java"));
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.atk(?:\\.[a-z0-9]+)+)\\.[A-Z]");

    @Test
    void thePackageGraphHasNoCycle() throws IOException {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.size() >= 10, "expected the interpreter's stage packages, found " + graph.keySet());
        List<List<String>> cycles = stronglyConnected(graph).stream().filter(c -> c.size() > 1).toList();
        StringBuilder why = new StringBuilder();
        for (List<String> c : cycles) {
            for (String p : c) {
                why.append(p).append(" -> ").append(graph.get(p).stream().filter(c::contains).toList()).append('\n');
            }
        }
        assertEquals(List.of(), cycles, why::toString);
    }

    /**
     * Only the report layer draws: no stage of the language or the engine reads the chart package or the report
     * layer (the executor hands reports to a {@code ReportWriter}), and nothing but the chart and report packages
     * touches AWT, so the engine runs, and embeds, without a graphics stack.
     */
    @Test
    void onlyTheReportLayerDraws() throws IOException {
        Map<String, Set<String>> graph = packageGraph();
        Set<String> drawing = Set.of("dev.atk.chart", "dev.atk.report");
        Set<String> mayUseThem = Set.of("dev.atk.chart", "dev.atk.report");
        for (Map.Entry<String, Set<String>> e : graph.entrySet()) {
            if (!mayUseThem.contains(e.getKey())) {
                assertEquals(Set.of(), intersection(e.getValue(), drawing), e.getKey() + " reads the report layer");
            }
        }
        for (Path main : MAINS) {
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String pkg = main.relativize(f.getParent()).toString().replace('/', '.');
                    if (!drawing.contains(pkg)) {
                        assertTrue(!Files.readString(f).contains("java.awt"), f + " uses AWT outside the report layer");
                    }
                }
            }
        }
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    @Test
    void theCheckFindsACycleWhenThereIsOne() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        List<List<String>> cycles = stronglyConnected(graph).stream().filter(c -> c.size() > 1).toList();
        assertEquals(1, cycles.size());
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(cycles.get(0)));
    }

    private static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path main : MAINS) {
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String pkg = main.relativize(f.getParent()).toString().replace('/', '.');
                    Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                    Matcher m = REFERENCE.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).equals(pkg)) {
                            uses.add(m.group(1));
                        }
                    }
                }
            }
        }
        graph.values().forEach(uses -> uses.retainAll(graph.keySet())); // generated parser packages are not ours
        return graph;
    }

    /** Tarjan's strongly connected components (recursive: a package graph is shallow). */
    private static List<List<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, graph, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private static void visit(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                              List<List<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                visit(w, graph, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }
}
