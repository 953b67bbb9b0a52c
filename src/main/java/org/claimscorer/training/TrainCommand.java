package org.claimscorer.training;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelCards;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelRejectedException;
import org.tribuo.Tribuo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: labelled data and trainer settings in, a model and its card in {@code models/} out. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train on the 'train' split, evaluate on the 'test' split and any --eval file, write model and card.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "training/data", description = "JSONL file or folder (default: ${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--trainer", defaultValue = "liblinear-lr", description = "liblinear-lr or sgd-lr (default: ${DEFAULT-VALUE})")
    String trainer;
    @Option(names = "--cost", defaultValue = "1.0", description = "LibLinear C (default: ${DEFAULT-VALUE})")
    double cost;
    @Option(names = "--epochs", defaultValue = "10", description = "SGD epochs (default: ${DEFAULT-VALUE})")
    int epochs;
    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--output", defaultValue = "models/attribution.tribuo", description = "model file (default: ${DEFAULT-VALUE})")
    Path output;
    @Option(names = "--name", defaultValue = "attribution", description = "model name (default: ${DEFAULT-VALUE})")
    String name;
    @Option(names = "--version", description = "model version (default: training date and data hash)")
    String version;
    @Option(names = "--eval", description = "extra labelled file to evaluate on, as NAME=PATH (repeatable)")
    Map<String, Path> evalFiles = new LinkedHashMap<>();

    @Override
    public Integer call() {
        TrainingSession session = new TrainingSession();
        try {
            List<LabelledClaim> all = session.reader.read(data);
            List<LabelledClaim> train = split(all, false);
            if (train.isEmpty()) {
                System.err.println("error: the 'train' split of " + data + " is empty");
                return 1;
            }
            trainAndWrite(session, train, split(all, true));
            return 0;
        } catch (DataFileException | ModelRejectedException | IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private void trainAndWrite(TrainingSession session, List<LabelledClaim> train, List<LabelledClaim> test)
            throws IOException, DataFileException, ModelRejectedException {
        String sha = session.sha256(data);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TrainerSettings settings = new TrainerSettings(trainer, cost, TrainerSettings.DEFAULT.epsilon(), epochs);
        String modelVersion = version != null ? version : now.format(DateTimeFormatter.ofPattern("yyyy.MM.dd"))
                + "-" + session.fingerprint(sha, settings.hyperparameters(seed).toString()).substring(0, 10);
        System.out.printf("training %s on %d examples (%s, seed %d)%n", trainer, train.size(), data, seed);
        AttributionModel model = new ModelTraining(session.examples).train(train, settings, seed, name, modelVersion,
                "claim-scorer labelled claims sha256:" + sha);
        Map<String, ModelCard.Evaluation> metrics = evaluate(session, model, test);
        new ModelFiles(session.extractor.version()).write(model, output);
        new ModelCards().write(new ModelCard(name, modelVersion, now.toString(), session.extractor.version(),
                Tribuo.VERSION, new ModelCard.Trainer(trainer, settings.hyperparameters(seed)),
                new ModelCard.Data(sha, counts(train, test)), metrics, Map.of()), output);
        System.out.println("wrote " + output + " and " + ModelCards.markdownPathFor(output));
    }

    private Map<String, ModelCard.Evaluation> evaluate(TrainingSession session, AttributionModel model,
                                                       List<LabelledClaim> test) throws IOException, DataFileException {
        ModelEvaluator evaluator = new ModelEvaluator(session.examples);
        Map<String, ModelCard.Evaluation> metrics = new LinkedHashMap<>();
        if (!test.isEmpty()) {
            metrics.put("test", evaluator.evaluate(model, test, "held-out test split of the training data"));
        }
        for (Map.Entry<String, Path> file : evalFiles.entrySet()) {
            metrics.put(file.getKey(), evaluator.evaluate(model, session.reader.read(file.getValue()),
                    "evaluation file " + file.getValue().getFileName() + " (never trained on)"));
        }
        metrics.forEach((set, e) -> System.out.printf("%-12s n=%-5d accuracy=%.3f macro-F1=%.3f%n", set,
                e.examples(), e.accuracy(), e.macroF1()));
        return metrics;
    }

    private static List<LabelledClaim> split(List<LabelledClaim> all, boolean test) {
        List<LabelledClaim> out = new ArrayList<>();
        for (LabelledClaim claim : all) {
            if ("test".equals(claim.split()) == test) {
                out.add(claim);
            }
        }
        return out;
    }

    private static Map<String, Map<String, Integer>> counts(List<LabelledClaim> train, List<LabelledClaim> test) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        counts.put("train", TrainingSession.countByLabel(train));
        counts.put("test", TrainingSession.countByLabel(test));
        return counts;
    }
}
