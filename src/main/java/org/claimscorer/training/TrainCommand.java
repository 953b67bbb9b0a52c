package org.claimscorer.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelCards;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelRejectedException;
import org.tribuo.Tribuo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train}: checked labelled data and trainer settings in; a model, its card (with the rules-only
 * baseline and the other trainers beside it) and confusion-matrix pictures out.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Check the data, train on the 'train' split, evaluate on 'test' and each --eval file "
                + "beside the rules-only baseline and the other trainers, write model, card and pictures.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "training/data", description = "JSONL/CSV file or folder (default: ${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--trainer", defaultValue = "liblinear-lr", description = "liblinear-lr or sgd-lr, built-in settings (default: ${DEFAULT-VALUE})")
    String trainer;
    @Option(names = "--settings", description = "trainer settings file, e.g. training/trainers/sgd-lr.properties (overrides --trainer)")
    Path settingsFile;
    @Option(names = "--cost", description = "LibLinear C (overrides the settings)")
    Double cost;
    @Option(names = "--epochs", description = "SGD epochs (overrides the settings)")
    Integer epochs;
    @Option(names = "--compare-with", description = "settings files of the trainers to compare with "
            + "(default: every other trainer in training/trainers/)")
    List<Path> compareWith;
    @Option(names = "--no-compare", description = "train only the chosen trainer")
    boolean noCompare;
    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--output", defaultValue = "models/attribution.tribuo", description = "model file (default: ${DEFAULT-VALUE})")
    Path output;
    @Option(names = "--name", defaultValue = "attribution", description = "model name (default: ${DEFAULT-VALUE})")
    String name;
    @Option(names = "--version", description = "model version (default: training date and a hash of data, features, settings)")
    String version;
    @Option(names = "--eval", description = "extra labelled file to evaluate on, as NAME=PATH (repeatable); "
            + "its claims must not occur in the training data")
    Map<String, Path> evalFiles = new LinkedHashMap<>();
    @Option(names = "--holdout", description = "another file whose claims must not occur in the data (repeatable)")
    List<Path> holdouts = new ArrayList<>();

    @Override
    public Integer call() {
        TrainingSession session = new TrainingSession();
        try {
            List<Path> heldOut = new ArrayList<>(holdouts);
            heldOut.addAll(evalFiles.values());
            DataCheck check = session.check(data, heldOut);
            System.out.print("checked " + data + ": " + check.summary());
            TrainingRun run = new TrainingRun(session, check.split("train"), evaluationSets(session, check), seed);
            trainAndWrite(session, run, check);
            return 0;
        } catch (DataFileException | ModelRejectedException | IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private void trainAndWrite(TrainingSession session, TrainingRun run, DataCheck check)
            throws IOException, ModelRejectedException {
        TrainerSettings settings = mainSettings();
        String sha = session.sha256(data);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String modelVersion = version != null ? version : now.format(DateTimeFormatter.ofPattern("yyyy.MM.dd"))
                + "-" + session.fingerprint(sha, settings.hyperparameters(seed).toString()).substring(0, 10);
        TrainingRun.Result result = run.run(settings, name, modelVersion, "claim-scorer labelled claims sha256:" + sha);
        Map<String, ModelCard.TrainerRun> comparison = new LinkedHashMap<>();
        comparison.put(settings.name(), TrainingRun.comparison(result));
        for (TrainerSettings other : others(settings)) {
            comparison.put(other.name(), TrainingRun.comparison(run.run(other, name, modelVersion, "comparison run")));
        }
        ModelCard card = new ModelCard(name, modelVersion, now.toString(), session.extractor.version(), Tribuo.VERSION,
                new ModelCard.Trainer(settings.name(), comparison.get(settings.name()).hyperparameters()),
                new ModelCard.Data(sha, check.counts()), result.metrics(), run.baseline(), comparison);
        for (Map.Entry<String, ModelCard.Evaluation> set : result.metrics().entrySet()) {
            new ConfusionPicture().write(set.getValue(), ModelCards.picturePathFor(output, set.getKey()));
        }
        // Cards before the model, each file replaced atomically: a watcher reacting to the model file
        // finds the card that describes it (the same order as promote, see ModelPromotion).
        new ModelCards().write(card, output);
        new ModelFiles(session.extractor.version()).write(result.model(), output);
        System.out.println("wrote " + output + ", " + ModelCards.markdownPathFor(output) + " and "
                + result.metrics().size() + " confusion picture(s)");
    }

    private Map<String, EvaluationSet> evaluationSets(TrainingSession session, DataCheck check)
            throws IOException, DataFileException {
        Map<String, EvaluationSet> sets = new LinkedHashMap<>();
        if (!check.split("test").isEmpty()) {
            sets.put("test", new EvaluationSet("held-out test split of the training data", check.split("test")));
        }
        for (Map.Entry<String, Path> file : evalFiles.entrySet()) {
            sets.put(file.getKey(), new EvaluationSet("evaluation file " + file.getValue().getFileName()
                    + " (never trained on)", session.reader.read(file.getValue())));
        }
        return sets;
    }

    private TrainerSettings mainSettings() throws IOException {
        TrainerSettings base = settingsFile != null ? TrainerSettings.load(settingsFile) : TrainerSettings.named(trainer);
        return base.with(cost, epochs);
    }

    private List<TrainerSettings> others(TrainerSettings main) throws IOException {
        if (noCompare) {
            return List.of();
        }
        List<Path> files = compareWith != null ? compareWith : committedSettings();
        List<TrainerSettings> others = new ArrayList<>();
        for (Path file : files) {
            TrainerSettings other = TrainerSettings.load(file);
            if (!other.name().equals(main.name())) {
                others.add(other);
            }
        }
        return others;
    }

    private static List<Path> committedSettings() throws IOException {
        Path folder = Path.of("training/trainers");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }
}
