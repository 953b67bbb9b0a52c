package org.claimscorer.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimscorer.scoring.ModelRejection;
import org.claimscorer.scoring.ServingModel;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once a model has been loaded and validated, and for as long as one serves: a rejected
 * reload leaves the old model serving, so readiness stays UP and reports the rejection
 * ({@code lastRejectedAt}, {@code lastRejectedTrigger}, {@code lastRejectedReason}) until a later
 * reload is accepted. DOWN only while no model is loaded.
 */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {

    private final ServingModel serving;

    public ModelReadinessCheck(ServingModel serving) {
        this.serving = serving;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = serving.identity()
                .map(model -> HealthCheckResponse.named("model").up()
                        .withData("name", model.name()).withData("version", model.version()))
                .orElseGet(() -> HealthCheckResponse.named("model").down().withData("reason", "no model loaded"));
        serving.loadedAt().ifPresent(at -> builder.withData("loadedAt", at.toString()));
        serving.lastRejection().ifPresent(rejected -> withRejection(builder, rejected));
        return builder.build();
    }

    private static void withRejection(HealthCheckResponseBuilder builder, ModelRejection rejected) {
        builder.withData("lastRejectedAt", rejected.at().toString())
                .withData("lastRejectedTrigger", rejected.trigger().tag())
                .withData("lastRejectedReason", rejected.reason());
    }
}
