from rest_framework import serializers

from people.models import Group, RoleAssignment, Setting, User


class RoleSerializer(serializers.ModelSerializer):
    class Meta:
        model = RoleAssignment
        fields = ["role", "council", "setting"]


class PersonSerializer(serializers.ModelSerializer):
    roles = RoleSerializer(source="role_assignments", many=True, read_only=True)
    name = serializers.CharField(source="get_full_name", read_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "name", "setting", "group", "line_manager", "roles"]


class PupilSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="get_full_name", read_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "name", "is_active"]


class GroupSerializer(serializers.ModelSerializer):
    pupils = PupilSerializer(many=True, read_only=True)

    class Meta:
        model = Group
        fields = ["id", "name", "setting", "pupils"]


class SettingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Setting
        fields = ["id", "name", "kind", "council"]
