/** Result records: what one finished (model, item, attack, budget) task leaves behind, and the set of them. */
package dev.atk.result;
