package org.claimscorer.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.features.FeatureExtractor;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Turns labelled claims into Tribuo examples with the service's own {@link FeatureExtractor}, so
 * training sees exactly the features serving will. Thread-safe.
 */
public final class ExampleFactory {

    /** The family prefix of word unigrams. */
    static final String WORD_PREFIX = "w=";

    /**
     * The {@code minWordCount} that keeps every word: what evaluation needs, since pruning a test set by
     * its own counts would drop words the model knows.
     */
    public static final int KEEP_EVERY_WORD = 1;

    private final FeatureExtractor extractor;
    private final LabelFactory labels = new LabelFactory();

    public ExampleFactory(FeatureExtractor extractor) {
        this.extractor = extractor;
    }

    /** One example per claim, labelled with its gold label. */
    public Example<Label> example(LabelledClaim claim) {
        return new ArrayExample<>(new Label(claim.label().name()), extractor.extract(claim.claim()).modelFeatures());
    }

    /**
     * A Tribuo dataset of these claims, described in its provenance by {@code description}, without the
     * word unigrams ({@code w=}) that occur in fewer than {@code minWordCount} distinct claims: the model
     * never learns a weight for them, and serving ignores features a model does not know, so the extractor
     * stays the same for training and serving. {@link #KEEP_EVERY_WORD} keeps every feature.
     */
    public MutableDataset<Label> dataset(List<LabelledClaim> claims, String description, int minWordCount) {
        Map<LabelledClaim, List<Feature>> features = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledClaim claim : claims) {
            features.computeIfAbsent(claim, c -> {
                List<Feature> extracted = extractor.extract(c.claim()).modelFeatures();
                extracted.forEach(f -> counts.merge(f.getName(), 1, Integer::sum));
                return extracted;
            });
        }
        List<Example<Label>> examples = claims.stream()
                .map(c -> (Example<Label>) new ArrayExample<>(new Label(c.label().name()), features.get(c).stream()
                        .filter(f -> !f.getName().startsWith(WORD_PREFIX) || counts.get(f.getName()) >= minWordCount)
                        .toList()))
                .toList();
        return new MutableDataset<>(new ListDataSource<>(examples, labels,
                new SimpleDataSourceProvenance(description, labels)));
    }

    /** The feature-set version of the extractor in use. */
    public String featureSetVersion() {
        return extractor.version();
    }
}
