/** The pages of the score: the Overview. */
package org.complyscore.score.view;
