package org.gluesuite.jobs.shipping;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@link ShippingInputLander#land} landed.
 *
 * @param shippingLogs the orders file it took
 * @param productDescriptions the products file it took
 * @param orders data rows of the orders file
 * @param products data rows of the products file
 * @param orderDates distinct order dates
 * @param firstDate the earliest order date
 * @param lastDate the latest
 * @param ordersWithoutProduct orders whose ProductId has no description (kept: the join is a left join)
 */
public record LandingSummary(Path shippingLogs, Path productDescriptions, int orders, int products, int orderDates,
    LocalDate firstDate, LocalDate lastDate, int ordersWithoutProduct) {
}
