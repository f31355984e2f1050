"""Training: the model, its losses and update rules, optimisers, the kernels, the
trainer, its history, sweeps and the data set."""
