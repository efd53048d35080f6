package org.gluesuite.jobs.pipeline;

/**
 * What {@link Pipeline#generate} or {@link Pipeline#land} wrote.
 *
 * @param description one line for the progress output, e.g. "2 files, 70,128 hourly rows of stations [...]"
 * @param details the machine-readable account (any value Jackson writes), shown with {@code --json}
 */
public record PreparedData(String description, Object details) {
}
