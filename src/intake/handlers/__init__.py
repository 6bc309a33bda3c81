"""Lambda entry points of the intake service. Each module is one function's composition root:
it reads configuration once per container and wires adapters into the services."""
