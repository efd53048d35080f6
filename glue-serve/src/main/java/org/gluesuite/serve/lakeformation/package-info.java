/**
 * AWS Lake Formation (REST-JSON) served over the workspace's Lake Formation state ({@code lakeformation/permissions.json}),
 * the state jobs and queries enforce: {@link org.gluesuite.serve.lakeformation.LakeFormationOperations} registers the
 * operations, {@link org.gluesuite.serve.lakeformation.LakeFormationState} loads and saves the state.
 */
package org.gluesuite.serve.lakeformation;
