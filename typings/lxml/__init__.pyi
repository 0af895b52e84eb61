# The part of lxml that reader.core reads HTML with. Elements go on to the html package's
# walkers, which take them as Any (they follow lxml's whole tree API).
from lxml import etree as etree
