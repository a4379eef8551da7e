package dev.atk.setting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import dev.atk.diag.Diagnostic;
import dev.atk.testing.CheckErrors;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for a Spark master's text, which {@code set cluster}, {@code --cluster} and the embedding API share. */
class ClusterMasterTest {

    @Test
    void theFormsItAccepts() {
        assertEquals(ClusterMaster.Kind.LOCAL, ClusterMaster.parse("local[2]").orElseThrow().kind());
        assertEquals(ClusterMaster.Kind.LOCAL, ClusterMaster.parse("local[*]").orElseThrow().kind());
        assertEquals(ClusterMaster.Kind.LOCAL, ClusterMaster.parse("local").orElseThrow().kind());
        ClusterMaster lc = ClusterMaster.parse(" local-cluster[2, 1, 1024] ").orElseThrow();
        assertEquals(ClusterMaster.Kind.LOCAL_CLUSTER, lc.kind());
        assertEquals("local-cluster[2,1,1024]", lc.text());
        assertEquals(2, lc.executors());
        assertArrayEquals(new int[] {2, 1, 1024}, lc.localClusterShape());
        ClusterMaster standalone = ClusterMaster.parse("spark://head.lab:7077,backup.lab:7077").orElseThrow();
        assertEquals(ClusterMaster.Kind.STANDALONE, standalone.kind());
        assertNull(standalone.localClusterShape());
    }

    @Test
    void everythingElseIsRefused() {
        for (String bad : new String[] {null, "", "yarn", "local[0]", "local[two]", "local-cluster[2,1]",
                "local-cluster[0,1,1024]", "local-cluster[2,1,1]", "spark://", "spark://host", "spark://host:0",
                "spark://host:99999", "spark://host:7077,", "k8s://https://host:443"}) {
            assertEquals(Optional.empty(), ClusterMaster.parse(bad), () -> "accepted " + bad);
        }
    }

    @Test
    void setClusterNamesTheFormsWhenItIsWrong() {
        assertEquals(List.of(), CheckErrors.of("set cluster = \"local-cluster[2,1,1024]\"\nset cluster = \"local[2]\"\n"));
        List<Diagnostic> wrong = CheckErrors.of("set cluster = \"yarn\"\n");
        assertEquals(1, wrong.size());
        assertEquals("'yarn' is not a valid cluster; use one of local[N], local[*], local-cluster[W,C,M], "
                + "spark://host:port", wrong.get(0).message());
        assertEquals(1, wrong.get(0).span().line());
        assertEquals(15, wrong.get(0).span().column());
        assertEquals(Optional.of("local[2]"), ScriptSettings.defaults().with(Setting.CLUSTER, "local[2]").cluster());
        assertEquals(Optional.empty(), ScriptSettings.defaults().cluster());
    }
}
