"""W3C Document Object Model (adder): node type constants, the DOM
exceptions and the implementation registry; xml.dom.minidom is the
implementation."""


class Node:
    """Node type codes (the nodeType of every DOM node)."""
    __slots__ = ()

    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


# DOMException codes.
INDEX_SIZE_ERR = 1
DOMSTRING_SIZE_ERR = 2
HIERARCHY_REQUEST_ERR = 3
WRONG_DOCUMENT_ERR = 4
INVALID_CHARACTER_ERR = 5
NO_DATA_ALLOWED_ERR = 6
NO_MODIFICATION_ALLOWED_ERR = 7
NOT_FOUND_ERR = 8
NOT_SUPPORTED_ERR = 9
INUSE_ATTRIBUTE_ERR = 10
INVALID_STATE_ERR = 11
SYNTAX_ERR = 12
INVALID_MODIFICATION_ERR = 13
NAMESPACE_ERR = 14
INVALID_ACCESS_ERR = 15
VALIDATION_ERR = 16


class DOMException(Exception):
    """Abstract base class for DOM exceptions; subclasses carry a code."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _exc(name, code):
    cls = type(name, (DOMException,), {'code': code, '__module__': __name__})
    globals()[name] = cls


for _name, _code in [('IndexSizeErr', INDEX_SIZE_ERR), ('DomstringSizeErr', DOMSTRING_SIZE_ERR),
                     ('HierarchyRequestErr', HIERARCHY_REQUEST_ERR), ('WrongDocumentErr', WRONG_DOCUMENT_ERR),
                     ('InvalidCharacterErr', INVALID_CHARACTER_ERR), ('NoDataAllowedErr', NO_DATA_ALLOWED_ERR),
                     ('NoModificationAllowedErr', NO_MODIFICATION_ALLOWED_ERR), ('NotFoundErr', NOT_FOUND_ERR),
                     ('NotSupportedErr', NOT_SUPPORTED_ERR), ('InuseAttributeErr', INUSE_ATTRIBUTE_ERR),
                     ('InvalidStateErr', INVALID_STATE_ERR), ('SyntaxErr', SYNTAX_ERR),
                     ('InvalidModificationErr', INVALID_MODIFICATION_ERR), ('NamespaceErr', NAMESPACE_ERR),
                     ('InvalidAccessErr', INVALID_ACCESS_ERR), ('ValidationErr', VALIDATION_ERR)]:
    _exc(_name, _code)
del _name, _code, _exc


class UserDataHandler:
    """Operation codes for user data handlers."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


def getDOMImplementation(name=None, features=()):
    """Return a DOM implementation (adder has one: minidom's)."""
    if name not in (None, 'minidom', 'xml.dom.minidom'):
        raise ImportError("no suitable DOM implementation found")
    from xml.dom import minidom
    return minidom.getDOMImplementation()


def registerDOMImplementation(name, factory):
    raise NotSupportedErr("adder has only the minidom implementation")
