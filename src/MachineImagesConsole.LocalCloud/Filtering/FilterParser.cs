using System.Text;
using System.Text.RegularExpressions;

namespace MachineImagesConsole.LocalCloud.Filtering;

/// <summary>
/// Recursive-descent parser for Compute list filters. The grammar (AIP-160 with Compute's regex style):
/// <code>
/// filter     := expression EOF
/// expression := sequence { AND sequence }
/// sequence   := factor { factor }                 (juxtaposition = AND)
/// factor     := term { OR term }                  (OR binds tighter than AND, as in AIP-160)
/// term       := (NOT | '-') term | '(' expression ')' | comparison
/// comparison := field ( '=' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=' | ':' ) value
///             | field WS ( 'eq' | 'ne' ) WS literal
/// </code>
/// The scanner is context sensitive: after <c>eq</c>/<c>ne</c> the literal is read as a regular expression
/// (bare literals may contain balanced parentheses, e.g. <c>name eq (web|api)-.*</c>).
/// </summary>
internal sealed class FilterParser
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);
    private const string OperatorChars = "=!<>:~";

    private readonly string _text;
    private int _pos;
    private int _firstComparisonPosition = -1;
    private int _firstRegexPosition = -1;

    private FilterParser(string text) => _text = text;

    public static FilterNode Parse(string text)
    {
        var parser = new FilterParser(text);
        var node = parser.ParseExpression();
        parser.SkipWhitespace();
        if (!parser.AtEnd)
        {
            throw parser.Error(parser.Peek() == ')'
                ? "unbalanced parentheses: ')' has no matching '('"
                : $"expected AND, OR or another term but found {parser.Describe()}");
        }

        if (parser._firstComparisonPosition >= 0 && parser._firstRegexPosition >= 0)
        {
            throw new FilterSyntaxException(
                $"Invalid filter: it mixes comparison operators (=, !=, <, <=, >, >=, :) at position {parser._firstComparisonPosition} " +
                $"with regular-expression operators (eq, ne) at position {parser._firstRegexPosition}; use one style per request.",
                parser._firstRegexPosition);
        }

        return node;
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek(int offset = 0) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private FilterNode ParseExpression()
    {
        var left = ParseSequence();
        while (TryKeyword("AND", "and"))
        {
            var right = ParseSequence("AND");
            left = new AndNode(left, right);
        }

        return left;
    }

    private FilterNode ParseSequence(string? after = null)
    {
        var left = ParseFactor(after);
        while (true)
        {
            SkipWhitespace();
            if (AtEnd || Peek() == ')' || IsKeywordAhead("AND", "and") || IsKeywordAhead("OR", "or"))
            {
                return left;
            }

            left = new AndNode(left, ParseFactor(null));
        }
    }

    private FilterNode ParseFactor(string? after)
    {
        var left = ParseTerm(after);
        while (TryKeyword("OR", "or"))
        {
            left = new OrNode(left, ParseTerm("OR"));
        }

        return left;
    }

    private FilterNode ParseTerm(string? after)
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error(after is null ? "expected a term but the filter ended" : $"expected a term after {after} but the filter ended");
        }

        if (TryKeyword("NOT", "not"))
        {
            return new NotNode(ParseTerm("NOT"));
        }

        var c = Peek();
        if (c == '-' && (char.IsAsciiLetter(Peek(1)) || Peek(1) == '_' || Peek(1) == '('))
        {
            _pos++;
            return new NotNode(ParseTerm("'-'"));
        }

        if (c == '(')
        {
            var open = _pos;
            _pos++;
            SkipWhitespace();
            if (Peek() == ')')
            {
                throw Error("expected a term inside '(' ')' but found ')'");
            }

            var inner = ParseExpression();
            SkipWhitespace();
            if (Peek() != ')')
            {
                throw AtEnd
                    ? new FilterSyntaxException($"Invalid filter at position {open}: unbalanced parentheses: '(' is never closed.", open)
                    : Error($"expected ')' to close the '(' at position {open} but found {Describe()}");
            }

            _pos++;
            return inner;
        }

        if (IsKeywordAhead("AND", "and") || IsKeywordAhead("OR", "or"))
        {
            throw Error(after is null
                ? $"expected a term before {Describe()}"
                : $"expected a term after {after} but found {Describe()}");
        }

        return ParseComparison();
    }

    private FilterNode ParseComparison()
    {
        var fieldStart = _pos;
        var field = ReadField();
        var afterField = _pos;
        SkipWhitespace();

        if (AtEnd)
        {
            throw Error($"expected an operator (=, !=, <, <=, >, >=, :, eq, ne) after field '{field}' but the filter ended");
        }

        var opStart = _pos;
        var op = TryReadOperator();
        if (op is not null)
        {
            if (_firstComparisonPosition < 0)
            {
                _firstComparisonPosition = opStart;
            }

            return ParseComparisonValue(field, op.Value, opStart);
        }

        if (_pos > afterField && TryRegexOperator(out var negate))
        {
            if (_firstRegexPosition < 0)
            {
                _firstRegexPosition = opStart;
            }

            return ParseRegexLiteral(field, negate);
        }

        var word = ReadWhile(ch => !char.IsWhiteSpace(ch) && ch is not '(' and not ')');
        _pos = opStart;
        throw word.Length == 0
            ? Error($"expected an operator (=, !=, <, <=, >, >=, :, eq, ne) after field '{field}' but found {Describe()}")
            : Error($"unknown operator '{word}' after field '{field}' (at position {fieldStart}); " +
                    "expected one of =, !=, <, <=, >, >=, :, eq, ne");
    }

    private string ReadField()
    {
        var start = _pos;
        if (!(char.IsAsciiLetter(Peek()) || Peek() == '_'))
        {
            throw Error($"expected a field name, '(' or NOT but found {Describe()}");
        }

        var field = ReadWhile(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-' or '.');
        if (field.EndsWith('.') || field.Contains("..", StringComparison.Ordinal))
        {
            throw new FilterSyntaxException(
                $"Invalid filter at position {start}: field '{field}' has an empty path segment; write nested fields as a.b.c.", start);
        }

        if (field.Split('.').Any(segment => !(char.IsAsciiLetter(segment[0]) || segment[0] == '_')))
        {
            // Digits and '-' are fine inside a segment (label keys such as cost-center), not at its start.
            throw new FilterSyntaxException(
                $"Invalid filter at position {start}: field '{field}' has a path segment that does not start with a letter.", start);
        }

        return field;
    }

    private FilterOperator? TryReadOperator()
    {
        var start = _pos;
        var run = ReadWhile(ch => OperatorChars.Contains(ch, StringComparison.Ordinal));
        if (run.Length == 0)
        {
            return null;
        }

        FilterOperator? op = run switch
        {
            "=" => FilterOperator.Equal,
            "!=" => FilterOperator.NotEqual,
            "<" => FilterOperator.Less,
            "<=" => FilterOperator.LessOrEqual,
            ">" => FilterOperator.Greater,
            ">=" => FilterOperator.GreaterOrEqual,
            ":" => FilterOperator.Has,
            _ => null,
        };

        if (op is null)
        {
            _pos = start;
            throw Error($"unknown operator '{run}'; expected one of =, !=, <, <=, >, >=, :, eq, ne");
        }

        return op;
    }

    private bool TryRegexOperator(out bool negate)
    {
        negate = false;
        if (_pos + 2 > _text.Length)
        {
            return false;
        }

        var word = _text.AsSpan(_pos, 2);
        var isEq = word.SequenceEqual("eq");
        var isNe = word.SequenceEqual("ne");
        if (!(isEq || isNe) || !(char.IsWhiteSpace(Peek(2)) || Peek(2) == '\0'))
        {
            return false;
        }

        negate = isNe;
        _pos += 2;
        return true;
    }

    private ComparisonNode ParseComparisonValue(string field, FilterOperator op, int opStart)
    {
        var opText = _text[opStart.._pos];
        SkipWhitespace();
        var valueStart = _pos;
        if (AtEnd || Peek() == ')')
        {
            throw Error($"expected a value after '{field} {opText}' but found {Describe()}");
        }

        if (IsKeywordAhead("AND", "and") || IsKeywordAhead("OR", "or") || IsKeywordAhead("NOT", "not"))
        {
            throw Error($"expected a value after '{field} {opText}' but found {Describe()}; quote it if you mean the word");
        }

        if (Peek() is '"' or '\'')
        {
            var quoted = ReadQuoted();
            return Comparison(field, op, quoted, isPresenceTest: false, valueStart);
        }

        if (OperatorChars.Contains(Peek(), StringComparison.Ordinal))
        {
            var run = ReadWhile(ch => OperatorChars.Contains(ch, StringComparison.Ordinal));
            _pos = opStart;
            throw Error($"unknown operator '{opText}{run}'; expected one of =, !=, <, <=, >, >=, :, eq, ne");
        }

        var bare = ReadWhile(ch => !char.IsWhiteSpace(ch) && ch is not '(' and not ')');
        if (bare.Length == 0)
        {
            _pos = valueStart;
            throw Error($"expected a value after '{field} {opText}' but found {Describe()}");
        }

        if (bare.Contains('"', StringComparison.Ordinal) || bare.Contains('\'', StringComparison.Ordinal))
        {
            _pos = valueStart;
            throw Error($"unexpected quote inside the unquoted value '{bare}'; quote the whole value");
        }

        var presence = op == FilterOperator.Has && bare == "*";
        if (bare == "*" && !presence)
        {
            _pos = valueStart;
            throw Error($"'*' is only allowed with ':' (presence test, e.g. {field}:*)");
        }

        return Comparison(field, op, bare, presence, valueStart);
    }

    /// <summary>A comparison; a time field (<c>creationTimestamp</c>, <c>deprecated.obsolete</c>…) must be compared with a time.</summary>
    private ComparisonNode Comparison(string field, FilterOperator op, string value, bool isPresenceTest, int valueStart)
    {
        if (op != FilterOperator.Has && IsTimeField(field) && !FilterValues.TryInstant(value, out _))
        {
            _pos = valueStart;
            throw Error($"'{value}' is not a time for '{field}'; use RFC 3339, e.g. 2026-01-31T12:00:00Z or 2026-01-31");
        }

        return new ComparisonNode(field, op, value, isPresenceTest);
    }

    private static bool IsTimeField(string field)
    {
        var last = field[(field.LastIndexOf('.') + 1)..];
        return last.EndsWith("Timestamp", StringComparison.Ordinal)
            || last is "insertTime" or "startTime" or "endTime"
            || field is "deprecated.deprecated" or "deprecated.obsolete" or "deprecated.deleted";
    }

    private RegexNode ParseRegexLiteral(string field, bool negate)
    {
        var opText = negate ? "ne" : "eq";
        SkipWhitespace();
        var literalStart = _pos;
        if (AtEnd || Peek() == ')')
        {
            throw Error($"expected a regular expression after '{field} {opText}' but found {Describe()}");
        }

        string pattern;
        if (Peek() is '"' or '\'')
        {
            pattern = ReadQuoted();
        }
        else
        {
            pattern = ReadBareRegex();
        }

        if (pattern.Length == 0)
        {
            _pos = literalStart;
            throw Error($"expected a non-empty regular expression after '{field} {opText}'");
        }

        Regex regex;
        try
        {
            // NonBacktracking gives RE2's linear-time guarantee and, like RE2, rejects backreferences and lookarounds.
            regex = new Regex(@"\A(?:" + pattern + @")\z",
                RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, RegexTimeout);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new FilterSyntaxException(
                $"Invalid filter at position {literalStart}: '{pattern}' is not a valid regular expression for '{field} {opText}': {ex.Message}",
                literalStart);
        }

        return new RegexNode(field, regex, negate);
    }

    /// <summary>Reads an unquoted regex literal: up to whitespace or an unbalanced ')', honouring '\' escapes and [...] classes.</summary>
    private string ReadBareRegex()
    {
        var start = _pos;
        var depth = 0;
        var inClass = false;
        while (!AtEnd)
        {
            var c = Peek();
            if (c == '\\')
            {
                _pos += Math.Min(2, _text.Length - _pos);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                break;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }

            _pos++;
        }

        if (depth > 0 || inClass)
        {
            throw new FilterSyntaxException(
                $"Invalid filter at position {start}: the regular expression '{_text[start.._pos]}' has an unclosed " +
                (inClass ? "'['" : "'('") + "; quote the literal if it contains spaces.", start);
        }

        return _text[start.._pos];
    }

    private string ReadQuoted()
    {
        var start = _pos;
        var quote = Peek();
        _pos++;
        var sb = new StringBuilder();
        while (!AtEnd)
        {
            var c = Peek();
            if (c == '\\' && _pos + 1 < _text.Length && (Peek(1) == quote || Peek(1) == '\\'))
            {
                sb.Append(Peek(1));
                _pos += 2;
                continue;
            }

            if (c == quote)
            {
                _pos++;
                return sb.ToString();
            }

            sb.Append(c);
            _pos++;
        }

        throw new FilterSyntaxException($"Invalid filter at position {start}: the string starting with {quote} is never closed.", start);
    }

    private bool IsKeywordAhead(params string[] keywords)
    {
        foreach (var keyword in keywords)
        {
            if (string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) == 0)
            {
                var next = Peek(keyword.Length);
                if (next == '\0' || char.IsWhiteSpace(next) || next == '(' || (keyword is "NOT" or "not" && next == '-'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool TryKeyword(params string[] keywords)
    {
        SkipWhitespace();
        foreach (var keyword in keywords)
        {
            if (IsKeywordAhead(keyword))
            {
                _pos += keyword.Length;
                return true;
            }
        }

        return false;
    }

    private string ReadWhile(Func<char, bool> predicate)
    {
        var start = _pos;
        while (!AtEnd && predicate(Peek()))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek()))
        {
            _pos++;
        }
    }

    private string Describe()
    {
        if (AtEnd)
        {
            return "the end of the filter";
        }

        foreach (var keyword in new[] { "AND", "and", "OR", "or", "NOT", "not" })
        {
            if (IsKeywordAhead(keyword))
            {
                return $"keyword {keyword}";
            }
        }

        return $"'{Peek()}'";
    }

    private FilterSyntaxException Error(string what) =>
        new($"Invalid filter at position {_pos}: {what}.", _pos);
}
