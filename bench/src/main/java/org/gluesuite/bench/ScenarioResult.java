package org.gluesuite.bench;

import java.util.List;

/** A scenario's variants summarised, the baseline first. */
public record ScenarioResult(String scenario, String description, boolean wholeProcess, List<VariantStats> variants,
    List<Measurement> measurements) {
}
