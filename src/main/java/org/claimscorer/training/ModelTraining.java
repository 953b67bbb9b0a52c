package org.claimscorer.training;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.ArrayList;
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

    /** Instance-provenance key recording how many times an article sentence counted in training. */
    public static final String ARTICLE_WEIGHT_KEY = "article-weight";
    /** Instance-provenance key recording in how many claims a word had to occur to be learnt. */
    public static final String MIN_WORD_COUNT_KEY = "min-word-count";

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
        instance.put(ARTICLE_WEIGHT_KEY, new StringProvenance(ARTICLE_WEIGHT_KEY, String.valueOf(settings.articleWeight())));
        instance.put(MIN_WORD_COUNT_KEY, new StringProvenance(MIN_WORD_COUNT_KEY, String.valueOf(settings.minWordCount())));
        List<LabelledClaim> weighted = weighted(claims, settings.articleWeight());
        Logger sgdLog = Logger.getLogger(AbstractSGDTrainer.class.getName());
        EpochProgress progress = new EpochProgress(weighted.size(), System.out);
        Level level = sgdLog.getLevel();
        sgdLog.setLevel(Level.INFO);
        sgdLog.addHandler(progress);
        try {
            Model<Label> model = settings.trainer(seed, weighted.size()).train(examples.dataset(weighted, dataDescription, settings.minWordCount()), instance);
            return files.wrap(model);
        } finally {
            sgdLog.removeHandler(progress);
            sgdLog.setLevel(level);
        }
    }

    /**
     * Each article sentence repeated {@code weight} times: LibLinear has no per-example weights, and for
     * L2-regularised logistic regression repeating an example is the same as weighting its loss.
     */
    static List<LabelledClaim> weighted(List<LabelledClaim> claims, int weight) {
        List<LabelledClaim> out = new ArrayList<>(claims.size());
        for (LabelledClaim claim : claims) {
            for (int i = 0; i < (claim.fromArticle() ? weight : 1); i++) {
                out.add(claim);
            }
        }
        return out;
    }
}
