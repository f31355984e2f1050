"""Words for a learner: how numbers are written, one row worked out, the lessons."""
