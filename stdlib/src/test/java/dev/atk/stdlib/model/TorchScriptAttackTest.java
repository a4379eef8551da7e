package dev.atk.stdlib.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MiFgsm;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.loss.SlamLoss;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MI-FGSM on the TorchScript fixture gives the same flips, per image and budget, as on ATK's DJL-format architecture
 * holding the same weights: the TorchScript path changes where the model comes from, not what the attack does.
 */
class TorchScriptAttackTest {

    @Test
    void sameFlipsAsTheDjlPathForBceLinearAndSlam() throws IOException {
        int[] items = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] budgets = {0.004, 0.012};
        int total = 0;
        try (TorchScriptClassifier model = (TorchScriptClassifier) BundledModels.open("fashion_ts");
             DjlClassifier djl = SameWeights.inDjl(model, DataType.FLOAT32);
             NDManager m = NDManager.newBaseManager()) {
            NDArray x = BundledScenes.load().images(m, items);
            for (Loss loss : List.of(BceLoss.INSTANCE, LinearLoss.INSTANCE, new SlamLoss(0.5, 0.3))) {
                List<List<AttackOutcome>> ts = new MiFgsm(model, MiFgsmConfig.reference())
                        .sweep(m, x, items, loss, null, budgets, RunControl.none());
                List<List<AttackOutcome>> native_ = new MiFgsm(djl, MiFgsmConfig.reference())
                        .sweep(m, x, items, loss, null, budgets, RunControl.none());
                for (int b = 0; b < budgets.length; b++) {
                    for (int i = 0; i < items.length; i++) {
                        AttackOutcome t = ts.get(b).get(i);
                        AttackOutcome d = native_.get(b).get(i);
                        String where = loss.describe() + " eps " + budgets[b] + " image " + i;
                        assertEquals(d.flips(), t.flips(), where);
                        assertEquals(d.linf(), t.linf(), 1e-6, where);
                        assertArrayEquals(d.adversarial(), t.adversarial(), 1e-4f, where);
                        total += t.flips();
                    }
                }
            }
        }
        assertTrue(total > 0, "the budgets must flip something, or the comparison proves nothing");
    }
}
