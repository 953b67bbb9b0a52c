package org.claimscorer.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimscorer.scoring.ServingModel;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once a model has been loaded and validated. */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {

    private final ServingModel serving;

    public ModelReadinessCheck(ServingModel serving) {
        this.serving = serving;
    }

    @Override
    public HealthCheckResponse call() {
        return serving.identity()
                .map(model -> HealthCheckResponse.named("model").up()
                        .withData("name", model.name()).withData("version", model.version()).build())
                .orElseGet(() -> HealthCheckResponse.named("model").down().withData("reason", "no model loaded").build());
    }
}
