/**
 * The score benchmark: generates the specification's scale ({@link
 * org.complyscore.bench.BenchData}) and times the score queries against plain JDBC ({@link
 * org.complyscore.bench.ScoreBenchmark}).
 */
package org.complyscore.bench;
