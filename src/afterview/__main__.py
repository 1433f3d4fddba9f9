import sys

from afterview.cli import main

sys.exit(main())
