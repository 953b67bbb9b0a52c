package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.claim.LabelledClaim;
import org.junit.jupiter.api.Test;
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
}
