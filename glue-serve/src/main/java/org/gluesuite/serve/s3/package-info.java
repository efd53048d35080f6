/**
 * S3 for {@code glue-suite serve}: {@link org.gluesuite.serve.s3.S3Server}, s3proxy over the workspace's lake, run as
 * a child process.
 */
package org.gluesuite.serve.s3;
