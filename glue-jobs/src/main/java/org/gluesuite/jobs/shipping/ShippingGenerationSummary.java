package org.gluesuite.jobs.shipping;

import java.time.LocalDate;

/**
 * What {@link ShippingDataGenerator#generate} wrote.
 *
 * @param seed the seed the data derive from
 * @param orders data rows of {@code ShippingLogs.csv}
 * @param products data rows of {@code ProductDescriptions.csv}
 * @param firstDate the first order date the generator could draw
 * @param lastDate the last one
 * @param lateOrders orders marked {@code Late}
 */
public record ShippingGenerationSummary(long seed, int orders, int products, LocalDate firstDate, LocalDate lastDate,
    int lateOrders) {
}
