package org.gluesuite.workflow.engine;

import org.gluesuite.common.run.WorkflowRunProperties;

/** A crawler node to run, in a workflow run. */
public record CrawlLaunch(String crawlerName, String crawlId, WorkflowRunProperties runProperties) {
}
