package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossValidateCommandTest {

    private static DataRecord record(int id, String article) {
        return new DataRecord("f", id, Map.of("id", "r" + id, "claim", "Claim " + id + ".", "article", article), null);
    }

    @Test
    void anArticleNeverStraddlesFoldsAndFoldsStayBalanced() {
        List<DataRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            records.add(record(i, "article-" + (i % 12)));
        }
        List<List<DataRecord>> folds = new GroupedFolds().split(records, 4, 7);
        Map<String, Integer> foldOfArticle = new HashMap<>();
        for (int f = 0; f < folds.size(); f++) {
            assertEquals(15, folds.get(f).size());
            for (DataRecord r : folds.get(f)) {
                Integer previous = foldOfArticle.put(r.field("article"), f);
                assertTrue(previous == null || previous == f, r.field("article") + " in two folds");
            }
        }
        assertEquals(folds, new GroupedFolds().split(records, 4, 7));
    }

    @Test
    void moreFoldsThanGroupsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GroupedFolds().split(List.of(record(1, "a"), record(2, "a")), 2, 1));
        assertEquals("cannot make 2 folds from 1 groups (articles or contexts): use 2 to 1", e.getMessage());
    }

    @Test
    void crossValidationPrintsEachFoldThenMeanAndSpread() {
        CommandOutput run = CommandOutput.run("cross-validate", "--data", TrainingCommandTest.TINY, "-k", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("fold 1/3: train "), run.out());
        assertTrue(run.out().contains("fold 3/3: train "), run.out());
        assertTrue(run.out().matches("(?s).*3-fold grouped cross-validation of liblinear-lr \\(seed 42\\): macro-F1 "
                + "\\d\\.\\d{3} ± \\d\\.\\d{3}, accuracy \\d\\.\\d{3} ± \\d\\.\\d{3}.*"), run.out());
    }

    @Test
    void standardDeviationIsTheSampleOne() {
        assertEquals(1.0, CrossValidateCommand.deviation(new double[] {1, 2, 3}), 1e-12);
        assertEquals(0.0, CrossValidateCommand.deviation(new double[] {0.5}));
    }
}
