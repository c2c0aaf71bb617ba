using System.Reflection;
using System.Reflection.Emit;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>
/// Finds where a type uses ASP.NET's HTTP results (<see cref="IResult"/>, <c>Microsoft.AspNetCore.Http.HttpResults</c>,
/// <see cref="TypedResults"/>, <see cref="Results"/>): in its base types, fields, properties, method and constructor
/// signatures, local variables, and the members its method bodies call (read from the IL). Nested types count for their
/// outermost type, so lambdas and async state machines are seen too.
/// </summary>
internal static class HttpResultUses
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each use as "Type.member: what", e.g. <c>CaseLoader.LoadAsync: returns ProblemHttpResult</c>.</summary>
    public static IEnumerable<string> Of(Type type)
    {
        foreach (var inherited in new[] { type.BaseType }.Concat(type.GetInterfaces()).OfType<Type>())
        {
            if (Names(inherited) is { } what)
            {
                yield return $"{type.Name}: derives from {what}";
            }
        }

        foreach (var field in type.GetFields(Declared))
        {
            if (Names(field.FieldType) is { } what)
            {
                yield return $"{type.Name}.{field.Name}: holds {what}";
            }
        }

        foreach (var property in type.GetProperties(Declared))
        {
            if (Names(property.PropertyType) is { } what)
            {
                yield return $"{type.Name}.{property.Name}: holds {what}";
            }
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            foreach (var use in Signature(method).Concat(Body(method)))
            {
                yield return $"{type.Name}.{method.Name}: {use}";
            }
        }
    }

    private static IEnumerable<string> Signature(MethodBase method)
    {
        if (method is MethodInfo { ReturnType: var returned } && Names(returned) is { } result)
        {
            yield return $"returns {result}";
        }

        foreach (var parameter in method.GetParameters())
        {
            if (Names(parameter.ParameterType) is { } what)
            {
                yield return $"takes {what}";
            }
        }
    }

    private static IEnumerable<string> Body(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            if (Names(local.LocalType) is { } what)
            {
                yield return $"keeps {what} in a local";
            }
        }

        foreach (var member in ReferencedMembers(method, body.GetILAsByteArray() ?? []))
        {
            var what = member switch
            {
                Type referenced => Names(referenced),
                MethodInfo called => (called.DeclaringType is { } owner ? Names(owner) : null) ?? Names(called.ReturnType),
                FieldInfo field => (field.DeclaringType is { } owner ? Names(owner) : null) ?? Names(field.FieldType),
                _ => member.DeclaringType is { } owner ? Names(owner) : null,
            };
            if (what is not null)
            {
                yield return $"uses {member.DeclaringType?.Name}.{member.Name} ({what})";
            }
        }
    }

    /// <summary>The methods, constructors, fields and types the IL refers to (call, callvirt, newobj, ldftn, ldfld, ldtoken, ...).</summary>
    private static IEnumerable<MemberInfo> ReferencedMembers(MethodBase method, byte[] il)
    {
        var position = 0;
        while (position < il.Length)
        {
            var value = il[position] == 0xFE ? (short)(0xFE00 | il[position + 1]) : il[position];
            var code = OpCodesByValue[value];
            position += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, position);
                var member = Resolve(method, token);
                if (member is not null)
                {
                    yield return member;
                }
            }

            position += OperandSize(code, il, position);
        }
    }

    private static MemberInfo? Resolve(MethodBase method, int token)
    {
        try
        {
            return method.Module.ResolveMember(
                token,
                method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null,
                method.IsGenericMethod ? method.GetGenericArguments() : null);
        }
        catch (ArgumentException)
        {
            return null; // a token of a kind ResolveMember does not take (e.g. a signature); the other checks still apply
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int position) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    /// <summary>The HTTP result type inside <paramref name="type"/> (itself, an element or a generic argument), else null.</summary>
    private static string? Names(Type type)
    {
        if (type.HasElementType)
        {
            return Names(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return null;
        }

        if (typeof(IResult).IsAssignableFrom(type)
            || type.Namespace == "Microsoft.AspNetCore.Http.HttpResults"
            || type == typeof(TypedResults)
            || type == typeof(Results))
        {
            return type.Name;
        }

        return type.IsGenericType ? type.GetGenericArguments().Select(Names).FirstOrDefault(n => n is not null) : null;
    }
}
