"""Tools shared by the blind evaluation sets (bench/blind*/): the scorer and the verifier."""
