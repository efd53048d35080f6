/**
 * Implementation of {@code org.gluesuite.runtime.context}, not API: may change at any time. What a job run stages
 * and commits ({@code RunTransaction}), how sinks stage, publish and recover data ({@code StagedFileWriter},
 * {@code PublishJournal}, {@code MoveLog}, {@code StagingRecovery}), update the catalog ({@code CatalogUpdater}),
 * and how catalog reads prune and read ({@code PartitionPruner}, {@code CatalogScan}, {@code CatalogTableReader},
 * {@code CatalogFrameReader}, {@code TableFileReader}, {@code CsvTableFormat}); file formats
 * ({@code FileFormats}).
 */
package org.gluesuite.runtime.context.internal;
