package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.features.FeatureExtractor;
import org.junit.jupiter.api.Test;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainingTest {

    private static LabelledClaim claim(String id, String article) {
        return new LabelledClaim(id, Claim.of("The minister said the bridge would reopen.", ""),
                AttributionLabel.NAMED_OFFICIAL, "The minister", "said", "train", "politics", article);
    }

    @Test
    void articleSentencesCountArticleWeightTimes() {
        List<LabelledClaim> claims = List.of(claim("alone", null), claim("art-s01", "art"));
        List<String> ids = ModelTraining.weighted(claims, 3).stream().map(LabelledClaim::id).toList();
        assertEquals(List.of("alone", "art-s01", "art-s01", "art-s01"), ids);
    }

    @Test
    void articleWeightIsReadFromTheSettingsFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lr.properties"), "trainer=liblinear-lr\narticle-weight=2\n");
        assertEquals(2, TrainerSettings.load(file).articleWeight());
        assertEquals(3, TrainerSettings.DEFAULT.articleWeight());
    }

    @Test
    void articleWeightBelowOneIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lr.properties"), "trainer=liblinear-lr\narticle-weight=0\n");
        IOException e = assertThrows(IOException.class, () -> TrainerSettings.load(file));
        assertEquals(file + ": 'article-weight' must be at least 1, was 0", e.getMessage());
    }

    @Test
    void minWordCountIsReadFromTheSettingsFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lr.properties"), "trainer=liblinear-lr\nmin-word-count=5\n");
        assertEquals(5, TrainerSettings.load(file).minWordCount());
        assertEquals(3, TrainerSettings.DEFAULT.minWordCount());
        Path zero = Files.writeString(dir.resolve("zero.properties"), "trainer=liblinear-lr\nmin-word-count=0\n");
        IOException e = assertThrows(IOException.class, () -> TrainerSettings.load(zero));
        assertEquals(zero + ": 'min-word-count' must be at least 1, was 0", e.getMessage());
    }

    @Test
    void wordsOfFewerClaimsThanTheMinimumAreNotLearnt() {
        ExampleFactory examples = new ExampleFactory(FeatureExtractor.bundled());
        List<LabelledClaim> claims = List.of(
                labelled("a", "The ministry said the harbour would reopen.", AttributionLabel.INSTITUTION),
                labelled("b", "The ministry said the bridge would reopen.", AttributionLabel.INSTITUTION),
                labelled("c", "The bridge was closed on Monday.", AttributionLabel.UNATTRIBUTED));
        MutableDataset<Label> twice = examples.dataset(claims, "test", 2);
        assertTrue(twice.getFeatureIDMap().get("w=bridge") != null, "in two claims");
        assertNull(twice.getFeatureIDMap().get("w=harbour"), "in one claim");
        assertTrue(twice.getFeatureIDMap().get("cue=say") != null, "other families are kept");
        assertTrue(examples.dataset(claims, "test", ExampleFactory.KEEP_EVERY_WORD).getFeatureIDMap().get("w=harbour") != null, "keeps every word");
    }

    @Test
    void keepingEveryWordGivesEachClaimExactlyItsExtractedFeaturesAndLabel() {
        FeatureExtractor extractor = FeatureExtractor.bundled();
        List<LabelledClaim> claims = List.of(
                labelled("a", "The ministry said the harbour would reopen.", AttributionLabel.INSTITUTION),
                labelled("b", "The bridge was closed on Monday.", AttributionLabel.UNATTRIBUTED));
        MutableDataset<Label> dataset = new ExampleFactory(extractor).dataset(claims, "test", ExampleFactory.KEEP_EVERY_WORD);
        assertEquals(claims.size(), dataset.size());
        for (int i = 0; i < claims.size(); i++) {
            List<String> expected = extractor.extract(claims.get(i).claim()).modelFeatures().stream()
                    .map(Feature::getName).sorted().toList();
            List<String> actual = new ArrayList<>();
            dataset.getExample(i).forEach(f -> actual.add(f.getName()));
            assertEquals(expected, actual.stream().sorted().toList());
            assertEquals(claims.get(i).label().name(), dataset.getExample(i).getOutput().getLabel());
        }
    }

    private static LabelledClaim labelled(String id, String text, AttributionLabel label) {
        return new LabelledClaim(id, Claim.of(text, ""), label, null, null, "train", "politics", null);
    }
}
