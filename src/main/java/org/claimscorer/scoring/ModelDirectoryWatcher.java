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
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
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
 * been quiet for {@code claim-scorer.model.watch-debounce}. Off when {@code claim-scorer.model.watch}
 * is false.
 */
@ApplicationScoped
public class ModelDirectoryWatcher {

    private static final Logger LOG = Logger.getLogger(ModelDirectoryWatcher.class);

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
        Path directory = config.model().path().toAbsolutePath().getParent();
        watch = directory.getFileSystem().newWatchService();
        directory.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
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
                if (relevant(watch.take())) {
                    awaitQuiet();
                    serving.reload(ReloadTrigger.WATCH);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("model directory watch closed");
        } catch (IllegalStateException e) {
            LOG.errorf("model directory watch stopped: %s", e.getMessage());
        }
    }

    /** Waits until no relevant change has been seen for the debounce time. */
    private void awaitQuiet() throws InterruptedException {
        long quietNanos = config.model().watchDebounce().toNanos();
        long deadline = System.nanoTime() + quietNanos;
        for (long left = quietNanos; left > 0; left = deadline - System.nanoTime()) {
            WatchKey key = watch.poll(left, TimeUnit.NANOSECONDS);
            if (key != null && relevant(key)) {
                deadline = System.nanoTime() + quietNanos;
            }
        }
    }

    /** Whether the key's events touch the model, its card or a volume link; re-arms the key. */
    private boolean relevant(WatchKey key) {
        Path file = config.model().path().getFileName();
        Path card = ModelCards.jsonPathFor(config.model().path()).getFileName();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            relevant |= event.kind() == OVERFLOW || event.context() instanceof Path name
                    && (name.equals(file) || name.equals(card) || name.toString().startsWith(".."));
        }
        if (!key.reset()) {
            throw new IllegalStateException("the model directory can no longer be watched (removed?)");
        }
        return relevant;
    }
}
