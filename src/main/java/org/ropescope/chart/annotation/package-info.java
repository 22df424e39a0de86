/**
 * Annotations the charts draw on their plots: pointers whose labels keep clear of each other, rings,
 * the highlighted pair and a small chart inside the plot. They take their colours from the caller
 * (the chart's theme) and know nothing of RoPE.
 */
package org.ropescope.chart.annotation;
