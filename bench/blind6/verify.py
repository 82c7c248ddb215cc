"""The verifier of bench/blind6: the shared verify (bench/blindkit/verify.py) run on this folder.

    python3 bench/blind6/verify.py --help
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blindkit.verify import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
