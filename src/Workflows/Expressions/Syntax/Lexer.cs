using System.Globalization;
using System.Text;

namespace CaseFlow.Workflows.Expressions.Syntax;

/// <summary>Splits expression text into tokens; rejects unknown characters and unterminated strings.</summary>
internal static class Lexer
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["null"] = TokenKind.Null,
        ["and"] = TokenKind.And,
        ["or"] = TokenKind.Or,
        ["not"] = TokenKind.Not,
        ["in"] = TokenKind.In,
    };

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(new Token(Keywords.GetValueOrDefault(word, TokenKind.Identifier), word, start));
            }
            else
            {
                tokens.Add(ReadSymbol(text, ref i));
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        var literal = text[start..i];
        return decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new Token(TokenKind.Number, literal, start, number)
            : throw SyntaxError.At(start, $"Zahl '{literal}' ist zu groß (number out of range)");
    }

    private static Token ReadString(string text, ref int i)
    {
        var start = i;
        var quote = text[i++];
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\')
            {
                if (i + 1 >= text.Length)
                {
                    break;
                }

                value.Append(text[i + 1] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    '\\' or '\'' or '"' => text[i + 1],
                    _ => throw SyntaxError.At(i, $"Unbekannte Escape-Sequenz '\\{text[i + 1]}' (unknown escape)"),
                });
                i += 2;
            }
            else
            {
                value.Append(text[i++]);
            }
        }

        if (i >= text.Length)
        {
            throw SyntaxError.At(start, $"Text ohne schließendes {quote} (unterminated string)");
        }

        i++;
        return new Token(TokenKind.String, text[start..i], start, value.ToString());
    }

    private static Token ReadSymbol(string text, ref int i)
    {
        var start = i;
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var (kind, length) = (text[i], next) switch
        {
            ('=', '=') => (TokenKind.Equal, 2),
            ('!', '=') => (TokenKind.NotEqual, 2),
            ('<', '=') => (TokenKind.LessOrEqual, 2),
            ('>', '=') => (TokenKind.GreaterOrEqual, 2),
            ('=', _) => (TokenKind.Equal, 1),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('(', _) => (TokenKind.LeftParen, 1),
            (')', _) => (TokenKind.RightParen, 1),
            ('[', _) => (TokenKind.LeftBracket, 1),
            (']', _) => (TokenKind.RightBracket, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('.', _) => (TokenKind.Dot, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            _ => throw SyntaxError.At(start, UnexpectedCharacter(text[i])),
        };
        i += length;
        return new Token(kind, text.Substring(start, length), start);
    }

    private static string UnexpectedCharacter(char c) => c switch
    {
        '!' => "Unerwartetes Zeichen '!' (unexpected character); für 'nicht' bitte 'not' schreiben",
        '&' or '|' => $"Unerwartetes Zeichen '{c}' (unexpected character); bitte 'and' bzw. 'or' schreiben",
        _ => $"Unerwartetes Zeichen '{c}' (unexpected character)",
    };
}
