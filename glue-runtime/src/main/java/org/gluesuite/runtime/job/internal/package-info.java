/** Implementation of the job launcher, not API: run ids ({@code JobRunIds}). */
package org.gluesuite.runtime.job.internal;
