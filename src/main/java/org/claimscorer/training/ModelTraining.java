package org.claimscorer.training;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelRejectedException;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.AbstractSGDTrainer;

/**
 * Trains an attribution model from labelled claims and records in its Tribuo provenance the
 * model's name, version and the feature-set version, which the service checks when loading it. SGD
 * training prints a line per epoch as it goes.
 */
public final class ModelTraining {

    private final ExampleFactory examples;
    private final ModelFiles files;

    public ModelTraining(ExampleFactory examples) {
        this.examples = examples;
        this.files = new ModelFiles(examples.featureSetVersion());
    }

    /** A model trained on {@code claims} with these settings and seed. */
    public AttributionModel train(List<LabelledClaim> claims, TrainerSettings settings, long seed, String name,
                                  String version, String dataDescription) throws ModelRejectedException {
        Map<String, Provenance> instance = new LinkedHashMap<>();
        instance.put(AttributionModel.NAME_KEY, new StringProvenance(AttributionModel.NAME_KEY, name));
        instance.put(AttributionModel.VERSION_KEY, new StringProvenance(AttributionModel.VERSION_KEY, version));
        instance.put(AttributionModel.FEATURE_SET_KEY,
                new StringProvenance(AttributionModel.FEATURE_SET_KEY, examples.featureSetVersion()));
        Logger sgdLog = Logger.getLogger(AbstractSGDTrainer.class.getName());
        EpochProgress progress = new EpochProgress(claims.size(), System.out);
        Level level = sgdLog.getLevel();
        sgdLog.setLevel(Level.INFO);
        sgdLog.addHandler(progress);
        try {
            Model<Label> model = settings.trainer(seed, claims.size()).train(examples.dataset(claims, dataDescription), instance);
            return files.wrap(model);
        } finally {
            sgdLog.removeHandler(progress);
            sgdLog.setLevel(level);
        }
    }
}
