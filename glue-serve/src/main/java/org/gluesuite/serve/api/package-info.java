/**
 * What an operation of {@code glue-suite serve} is written against: {@link org.gluesuite.serve.api.ServiceApi} (one
 * AWS service: its model and its operations by name), {@link org.gluesuite.serve.api.Operation} (one handler),
 * {@link org.gluesuite.serve.api.OperationCall} (the validated input and the {@link org.gluesuite.serve.api.Caller}),
 * and {@link org.gluesuite.serve.api.Pages} (AWS's {@code NextToken}/{@code MaxResults} paging).
 */
package org.gluesuite.serve.api;
