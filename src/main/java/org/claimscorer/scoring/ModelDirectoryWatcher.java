package org.claimscorer.scoring;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.claimscorer.model.ModelCards;
import org.jboss.logging.Logger;

/**
 * Reloads the serving model when its file or card changes, on a dedicated thread, so validation
 * never runs on a request thread. Watches the model file's directory (a {@code WatchService} cannot
 * watch a single file) and reacts to the model file, its JSON card, and names starting with
 * {@code ..}: Kubernetes swaps a mounted volume's contents by re-pointing the {@code ..data} link.
 * Created, modified and moved-in files all count, so tools writing a temporary file and moving it
 * into place trigger one reload. Changes are debounced: the pair is re-read once the directory has
 * been quiet for {@code claim-scorer.model.watch-debounce}. A directory that is deleted is waited for
 * (checked every second) and watched again once it is re-created; a model already in it by then
 * is reloaded. Off when {@code claim-scorer.model.watch} is false.
 */
@ApplicationScoped
public class ModelDirectoryWatcher {

    private static final Logger LOG = Logger.getLogger(ModelDirectoryWatcher.class);
    /**
     * How often a deleted directory is looked for. Polling, because the parent directory may be gone
     * too; a stat a second costs nothing, and only while the directory is missing.
     */
    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final ScoringConfig config;
    private final ServingModel serving;
    private WatchService watch;

    public ModelDirectoryWatcher(ScoringConfig config, ServingModel serving) {
        this.config = config;
        this.serving = serving;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.model().watch()) {
            LOG.info("model directory watch is off (claim-scorer.model.watch=false)");
            return;
        }
        Path directory = directory();
        watch = directory.getFileSystem().newWatchService();
        register(directory);
        Thread thread = new Thread(this::run, "model-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("watching %s for model changes", directory);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (watch != null) {
            watch.close();
        }
    }

    private void run() {
        try {
            while (true) {
                if (changed(watch.take())) {
                    awaitQuiet();
                    serving.reload(ReloadTrigger.WATCH);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("model directory watch closed");
        } catch (IOException e) {
            LOG.errorf("model directory watch stopped: %s", e.getMessage());
        }
    }

    /** Waits until no relevant change has been seen for the debounce time. */
    private void awaitQuiet() throws InterruptedException, IOException {
        long quietNanos = config.model().watchDebounce().toNanos();
        long deadline = System.nanoTime() + quietNanos;
        for (long left = quietNanos; left > 0; left = deadline - System.nanoTime()) {
            WatchKey key = watch.poll(left, TimeUnit.NANOSECONDS);
            if (key != null && changed(key)) {
                deadline = System.nanoTime() + quietNanos;
            }
        }
    }

    /**
     * Whether the key's events touch the model, its card or a volume link; re-arms the key. A key that
     * cannot be re-armed means the directory is gone: then this waits for it to come back.
     */
    private boolean changed(WatchKey key) throws InterruptedException, IOException {
        boolean relevant = relevant(key);
        return key.reset() ? relevant : rewatch();
    }

    private boolean relevant(WatchKey key) {
        Path file = config.model().path().getFileName();
        Path card = ModelCards.jsonPathFor(config.model().path()).getFileName();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            relevant |= event.kind() == OVERFLOW || event.context() instanceof Path name
                    && (name.equals(file) || name.equals(card) || name.toString().startsWith(".."));
        }
        return relevant;
    }

    /**
     * Waits for the deleted directory to be re-created and watches it again. Returns whether the model
     * file is already there: files placed before the new registration raise no event.
     */
    private boolean rewatch() throws InterruptedException, IOException {
        Path directory = directory();
        LOG.warnf("model directory %s was removed; watching it again once it is re-created", directory);
        while (!Files.isDirectory(directory) || !registered(directory)) {
            Thread.sleep(RECHECK.toMillis());
        }
        LOG.infof("watching %s for model changes again", directory);
        return Files.exists(config.model().path());
    }

    private boolean registered(Path directory) throws IOException {
        try {
            register(directory);
            return true;
        } catch (NoSuchFileException e) {
            // Removed again between the check and the registration: keep waiting.
            return false;
        }
    }

    private void register(Path directory) throws IOException {
        directory.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    }

    private Path directory() {
        return config.model().path().toAbsolutePath().getParent();
    }
}
