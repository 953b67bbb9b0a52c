package org.claimscorer.training;

import java.util.List;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.features.FeatureExtractor;
import org.tribuo.Example;
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

    private final FeatureExtractor extractor;
    private final LabelFactory labels = new LabelFactory();

    public ExampleFactory(FeatureExtractor extractor) {
        this.extractor = extractor;
    }

    /** One example per claim, labelled with its gold label. */
    public Example<Label> example(LabelledClaim claim) {
        return new ArrayExample<>(new Label(claim.label().name()), extractor.extract(claim.claim()).modelFeatures());
    }

    /** A Tribuo dataset of these claims, described in its provenance by {@code description}. */
    public MutableDataset<Label> dataset(List<LabelledClaim> claims, String description) {
        List<Example<Label>> examples = claims.stream().map(this::example).toList();
        return new MutableDataset<>(new ListDataSource<>(examples, labels,
                new SimpleDataSourceProvenance(description, labels)));
    }

    /** The feature-set version of the extractor in use. */
    public String featureSetVersion() {
        return extractor.version();
    }
}
