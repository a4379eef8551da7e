package dev.atk.stdlib.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/** The TorchScript fixture's weights inside ATK's own DJL-format architecture, to compare the two paths. */
final class SameWeights {
    private SameWeights() {}

    /** The fixture's weights copied, in order, into ATK's own fashion_cnn_v2 block (DJL format). */
    static DjlClassifier inDjl(TorchScriptClassifier model, DataType dataType) throws IOException {
        try (NDManager m = NDManager.newBaseManager()) {
            Block block = FashionCnn.build(model.config().numLabels());
            block.initialize(m, DataType.FLOAT32, FashionCnn.INPUT_SHAPE);
            NDList ts = model.parameters(m);
            List<Parameter> djl = block.getParameters().values();
            if (djl.size() != ts.size()) {
                throw new IllegalStateException("fashion_cnn_v2 has " + djl.size() + " parameter tensors, the module "
                        + ts.size());
            }
            for (int k = 0; k < djl.size(); k++) {
                if (!djl.get(k).getArray().getShape().equals(ts.get(k).getShape())) {
                    throw new IllegalStateException(ts.get(k).getName() + ": shape " + ts.get(k).getShape());
                }
                djl.get(k).getArray().set(ts.get(k).toFloatArray());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeBytes("DJL@"); // the .params header DjlParams reads: version, name, type, no inputs or properties
            out.writeInt(1);
            out.writeUTF("fashion_ts_djl");
            out.writeUTF("float32");
            out.writeInt(0);
            out.writeInt(0);
            block.saveParameters(out);
            out.flush();
            ModelConfig c = model.config();
            ModelConfig djlConfig = new ModelConfig(c.name() + "_djl", "djl", FashionCnn.ARCHITECTURE, "copy",
                    c.labels(), c.input(), c.output(), c.threshold(), c.dataset(), null);
            return DjlClassifier.load(djlConfig, bytes.toByteArray(), "copy of fashion_ts", dataType);
        }
    }
}
