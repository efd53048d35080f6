/**
 * Not API: the HTTP side of {@code glue-suite serve}: AWS's service models and the validation they drive, the JSON
 * protocols, SigV4 verification and the Jetty handler that ties them together.
 */
package org.gluesuite.serve.internal;
