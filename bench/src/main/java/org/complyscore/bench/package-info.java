/**
 * The benchmark: generates the specification's scale ({@link org.complyscore.bench.BenchData}),
 * times the score queries against plain JDBC ({@link org.complyscore.bench.ScoreBenchmark}) and the
 * improvement-action list and details pages ({@link org.complyscore.bench.ActionListBenchmark}).
 */
package org.complyscore.bench;
